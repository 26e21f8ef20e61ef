/* Hand-written stand-in for the generated common-config.h: debug assertions off (left undefined). */
#ifndef COMMON_CONFIG_H
#define COMMON_CONFIG_H
#endif
