/* Hand-written stand-in for Slurm's autoconf config.h (webhook88 corpus): only what the parsed files need. */
#ifndef WEBHOOK88_SLURM_CONFIG_H
#define WEBHOOK88_SLURM_CONFIG_H
#define SLURM_VERSION_STRING "26.05.0"
#define SLURM_MAJOR "26"
#define SLURM_MINOR "05"
#define SLURM_MICRO "0"
#define SLURM_VERSION_NUMBER 0x1a0500
#define SLURM_PREFIX "/usr"
#define SLURM_API_AGE 0
#define SLURM_API_CURRENT 42
#define SLURM_API_REVISION 0
#define SLURM_API_VERSION 0x2a0000
#define DEFAULT_SLURM_CONF "/etc/slurm/slurm.conf"
#define HAVE_STRLCPY 1
#define HAVE_UNISTD_H 1
#define HAVE_STDLIB_H 1
#define HAVE_STRING_H 1
#define HAVE_INTTYPES_H 1
#define HAVE_STDINT_H 1
#define HAVE_PTHREAD 1
#define _GNU_SOURCE 1
#endif
