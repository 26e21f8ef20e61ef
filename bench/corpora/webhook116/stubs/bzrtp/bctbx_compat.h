/* Hand-written, force-included (-include) for bzrtp: Debian 12's libbctoolbox-dev (5.1.64) predates the
 * BCTBX_UNUSED parameter-declaration macro of newer bctoolbox/defs.h that bzrtp's sources use. */
#ifndef BCTBX_UNUSED
#define BCTBX_UNUSED(x) x __attribute__((__unused__))
#endif
