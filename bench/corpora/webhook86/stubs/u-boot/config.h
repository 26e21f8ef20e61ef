/* Stand-in for U-Boot's generated include/config.h (hand-written, as scripts/Makefile.autoconf writes it for
 * sandbox_defconfig). */
#define CFG_BOARDDIR board/sandbox
#include <configs/sandbox.h>
#include <asm/config.h>
#include <linux/kconfig.h>
#include <config_fallbacks.h>
