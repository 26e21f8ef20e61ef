/* Stand-in for barebox's Kconfig-generated include/generated/autoconf.h (hand-written): a sandbox build with
 * the password framework (SHA-512 digest) and 64-bit phys_addr_t. */
#define CONFIG_SANDBOX 1
#define CONFIG_64BIT 1
#define CONFIG_PHYS_ADDR_T_64BIT 1
#define CONFIG_PASSWORD 1
#define CONFIG_PASSWD_SUM_SHA512 1
#define CONFIG_DIGEST 1
#define CONFIG_SHA512 1
#define CONFIG_MALLOC_SIZE 0x400000
#define CONFIG_ARCH_DMA_DEFAULT_COHERENT 1
#define CONFIG_COMPILE_LOGLEVEL 7
