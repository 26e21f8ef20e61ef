/* Hand-written for the webhook69 corpus: declaration-only stand-in for pixman.h
   (libpixman-1-dev is not installed); only the types and region functions the
   X server's include/ headers name. */
#ifndef PIXMAN_STUB_H
#define PIXMAN_STUB_H
#include <stdint.h>

typedef int pixman_bool_t;

struct pixman_box16 { int16_t x1, y1, x2, y2; };
typedef struct pixman_box16 pixman_box16_t;

struct pixman_region16_data { long size; long numRects; };
typedef struct pixman_region16_data pixman_region16_data_t;

struct pixman_region16 { pixman_box16_t extents; pixman_region16_data_t *data; };
typedef struct pixman_region16 pixman_region16_t;

struct pixman_f_transform { double m[3][3]; };

typedef enum { PIXMAN_REGION_OUT, PIXMAN_REGION_IN, PIXMAN_REGION_PART } pixman_region_overlap_t;

pixman_bool_t pixman_region_init_rects(pixman_region16_t *region, const pixman_box16_t *boxes, int count);
pixman_bool_t pixman_region_copy(pixman_region16_t *dest, const pixman_region16_t *source);
pixman_bool_t pixman_region_intersect(pixman_region16_t *new_reg, const pixman_region16_t *reg1, const pixman_region16_t *reg2);
pixman_bool_t pixman_region_union(pixman_region16_t *new_reg, const pixman_region16_t *reg1, const pixman_region16_t *reg2);
pixman_bool_t pixman_region_subtract(pixman_region16_t *reg_d, const pixman_region16_t *reg_m, const pixman_region16_t *reg_s);
pixman_bool_t pixman_region_inverse(pixman_region16_t *new_reg, const pixman_region16_t *reg1, const pixman_box16_t *inv_rect);
pixman_region_overlap_t pixman_region_contains_rectangle(const pixman_region16_t *region, const pixman_box16_t *prect);
void pixman_region_translate(pixman_region16_t *region, int x, int y);
pixman_bool_t pixman_region_contains_point(const pixman_region16_t *region, int x, int y, pixman_box16_t *box);
pixman_bool_t pixman_region_equal(const pixman_region16_t *region1, const pixman_region16_t *region2);

#endif
