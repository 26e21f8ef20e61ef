/* Stand-in for d3des.h, Richard Outerbridge's public-domain DES that the
 * VNC servers carry (TigerVNC's rfb/d3des.h, LibVNCServer's): the
 * declarations the check sees, from the upstream header's signatures. */
#ifndef D3DES_H
#define D3DES_H
#define EN0 0
#define DE1 1
extern void deskey(unsigned char *key, int edf);
extern void des(unsigned char *inblock, unsigned char *outblock);
#endif
