/* Hand-written stand-in for the me.h that Appweb's generated Makefile copies from projects/appweb-<os>-<profile>-me.h
 * into build/<platform>/inc (webhook118): the Linux default profile (extracted into the corpus). */
#include "appweb-linux-default-me.h"
