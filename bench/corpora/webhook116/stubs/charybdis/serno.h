/* Hand-written stand-in for the serno.h that charybdis's build generates from the git revision. */
#define SERNO "webhook116-stub"
#define DATECODE 0UL
