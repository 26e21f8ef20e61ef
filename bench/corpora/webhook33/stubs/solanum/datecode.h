/* webhook33 stub: vcs_tag output of datecode.h.in */
#define DATECODE 0UL
