/* Hand-written stand-in for OpenPBS's generated pbs_version.h (webhook88 corpus). */
#ifndef WEBHOOK88_PBS_VERSION_H
#define WEBHOOK88_PBS_VERSION_H
#define PBS_VERSION "23.06.06"
#define PRINT_VERSION_AND_EXIT(argc, argv) do { (void)(argc); (void)(argv); } while (0)
#endif
