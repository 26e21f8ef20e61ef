/* Hand-written stand-in for libqb's <qb/qbconfig.h> (libqb-dev is not installed); empty. */
#ifndef WEBHOOK82_QBCONFIG_H
#define WEBHOOK82_QBCONFIG_H
#endif
