/* Hand-written stand-in for the ykclient_version.h that configure generates from ykclient_version.h.in. */
#ifndef YKCLIENT_VERSION_H
#define YKCLIENT_VERSION_H
#define YKCLIENT_VERSION_STRING "2.15"
#define YKCLIENT_VERSION_NUMBER 0x020f00
#define YKCLIENT_VERSION_MAJOR 2
#define YKCLIENT_VERSION_MINOR 15
#define YKCLIENT_VERSION_PATCH 0
const char *ykclient_check_version(const char *req_version);
#endif
