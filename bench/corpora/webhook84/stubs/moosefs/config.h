/* Hand-written stand-in for the config.h that MooseFS's configure.ac generates (only what the three mfsmaster
   files of this corpus need). */
#ifndef WEBHOOK84_MOOSEFS_CONFIG_H
#define WEBHOOK84_MOOSEFS_CONFIG_H
#define VERSMAJ 4
#define VERSMID 57
#define VERSMIN 7
#define VERSION2INT(maj,med,min) ((maj)*0x10000+(med)*0x100+(((maj)>1)?((min)*2):(min)))
#define VERSSTR "4.57.7-1"
#define ETC_PATH "/etc"
#define DATA_PATH "/var/lib/mfs"
#define APPNAME "mfsmaster"
#define VERSHEX ((VERSMAJ)*0x10000+(VERSMID)*0x100+(VERSMIN)*2)
#define DEFAULT_MASTER_CS_PORT "9420"
#define DEFAULT_MASTER_CLIENT_PORT "9421"
#define PROTO_BASE 0
#define nobreak __attribute__((fallthrough))
#define HAVE_WRITEV 1
#define HAVE_PREAD 1
#define HAVE_PWRITE 1
#define HAVE_POLL_H 1
#define HAVE_SYS_RESOURCE_H 1
#endif
