/* Hand-written stand-in for the config.h that meson generates for gst-rtsp-server 1.19 (corpus webhook114). */
#ifndef WEBHOOK114_GST_RTSP_SERVER_CONFIG_H
#define WEBHOOK114_GST_RTSP_SERVER_CONFIG_H
#define GETTEXT_PACKAGE "gst-rtsp-server-1.0"
#define GST_API_VERSION "1.0"
#define GST_LICENSE "LGPL"
#define GST_PACKAGE_NAME "GStreamer RTSP Server Library source release"
#define GST_PACKAGE_ORIGIN "Unknown package origin"
#define GST_PACKAGE_RELEASE_DATETIME "2021-09-23"
#define PACKAGE "gst-rtsp-server"
#define PACKAGE_VERSION "1.19.2.1"
#define VERSION "1.19.2.1"
#define GST_API_EXPORT extern __attribute__ ((visibility ("default")))
#define HAVE_UNISTD_H 1
#endif
