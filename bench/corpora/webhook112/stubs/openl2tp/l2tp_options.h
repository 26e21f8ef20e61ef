/* Hand-written stand-in for openl2tp's l2tp_options.h (the Makefile echoes it from the feature switches at the top
   of the Makefile: all y except LOCAL_STAT_FILE). */
#ifndef L2TP_OPTIONS_H
#define L2TP_OPTIONS_H
#define L2TP_FEATURE_LOCAL_CONF_FILE
#define L2TP_FEATURE_LAC_SUPPORT
#define L2TP_FEATURE_LNS_SUPPORT
#define L2TP_FEATURE_LAIC_SUPPORT
#define L2TP_FEATURE_LAOC_SUPPORT
#define L2TP_FEATURE_LNIC_SUPPORT
#define L2TP_FEATURE_LNOC_SUPPORT
#define L2TP_FEATURE_RPC_MANAGEMENT
#endif
