/* Hand-written for the webhook69 corpus: stands in for the dix-config.h that meson generates
   (empty: the two files used need none of its feature switches). */
#ifndef DIX_CONFIG_STUB_H
#define DIX_CONFIG_STUB_H
#endif
