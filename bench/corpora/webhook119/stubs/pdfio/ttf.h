// Hand-written declaration-only stand-in for ttf.h of michaelrsweet/ttf (a git submodule of pdfio that the
// mirror does not carry): only what pdfio-private.h and pdfio-file.c name.
#ifndef TTF_H
#define TTF_H
typedef struct _ttf_s ttf_t;
typedef struct _ttf_cache_s ttf_cache_t;
extern void ttfCacheDelete(ttf_cache_t *cache);
#endif // TTF_H
