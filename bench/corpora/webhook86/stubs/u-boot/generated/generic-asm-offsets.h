/* Stand-in for U-Boot's generated include/generated/generic-asm-offsets.h (hand-written; the values are only
 * sizes used by start-up assembly, irrelevant to C parsing). */
#define GENERATED_GBL_DATA_SIZE 512
#define GENERATED_BD_INFO_SIZE 128
/* GD_SIZE: the real build computes sizeof(struct global_data) here */
#define GD_SIZE sizeof(struct global_data)
#define GD_BD 0
#define GD_FLAGS 8
#define GD_RELOCADDR 16
#define GD_NEW_GD 24
#define GD_START_ADDR_SP 32
#define GD_RELOC_OFF 40
#define GD_MALLOC_BASE 48
