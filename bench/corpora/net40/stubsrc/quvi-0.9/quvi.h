/* net40 stub of libquvi 0.9's <quvi.h> (libquvi is not packaged by Debian 12): declarations only,
   the subset named by cclive's compat headers and the labelled files. */
#ifndef net40_quvi_h
#define net40_quvi_h
#ifdef __cplusplus
extern "C" {
#endif
typedef void *quvi_t;
typedef void *quvi_media_t;
typedef void *quvi_playlist_t;
typedef void *quvi_subtitle_t;
typedef void *quvi_subtitle_type_t;
typedef void *quvi_subtitle_lang_t;
typedef void *quvi_scan_t;
typedef void *quvi_http_metainfo_t;
typedef int QuviBoolean;
typedef unsigned short quvi_word;
#define quvi_loword(n) ((quvi_word)(n))
#define quvi_hiword(n) ((quvi_word)((n) >> 16))
typedef enum { QUVI_CALLBACK_STATUS_DONE = 1 } QuviCallbackStatusType;
typedef enum { QUVI_CALLBACK_STATUS_FETCH = 1, QUVI_CALLBACK_STATUS_HTTP_QUERY_METAINFO,
  QUVI_CALLBACK_STATUS_RESOLVE } QuviCallbackStatus;
typedef enum { QUVI_OK = 0, QUVI_ERROR_CALLBACK_ABORTED = 1, QUVI_ERROR_NO_SUPPORT = 2 } QuviError;
typedef int (*quvi_callback_status)(long, void *, void *);
typedef enum { QUVI_CALLBACK_STATUS = 1 } QuviCallbackOption;
typedef enum { QUVI_OPTION_CALLBACK_STATUS = 1, QUVI_OPTION_AUTOPROXY, QUVI_OPTION_USER_AGENT,
  QUVI_OPTION_ALLOW_COOKIES } QuviOption;
typedef enum { QUVI_INFO_CURL_HANDLE = 1 } QuviInfo;
typedef enum { QUVI_MEDIA_PROPERTY_TITLE = 1, QUVI_MEDIA_PROPERTY_ID, QUVI_MEDIA_PROPERTY_START_TIME_MS,
  QUVI_MEDIA_PROPERTY_THUMBNAIL_URL, QUVI_MEDIA_PROPERTY_DURATION_MS,
  QUVI_MEDIA_STREAM_PROPERTY_URL, QUVI_MEDIA_STREAM_PROPERTY_ID,
  QUVI_MEDIA_STREAM_PROPERTY_VIDEO_ENCODING, QUVI_MEDIA_STREAM_PROPERTY_AUDIO_ENCODING,
  QUVI_MEDIA_STREAM_PROPERTY_CONTAINER, QUVI_MEDIA_STREAM_PROPERTY_VIDEO_HEIGHT,
  QUVI_MEDIA_STREAM_PROPERTY_VIDEO_WIDTH, QUVI_MEDIA_STREAM_PROPERTY_VIDEO_BITRATE_KBIT_S,
  QUVI_MEDIA_STREAM_PROPERTY_AUDIO_BITRATE_KBIT_S } QuviMediaProperty;
typedef enum { QUVI_HTTP_METAINFO_PROPERTY_CONTENT_TYPE = 1, QUVI_HTTP_METAINFO_PROPERTY_LENGTH_BYTES,
  QUVI_HTTP_METAINFO_PROPERTY_FILE_EXTENSION } QuviHTTPMetaInfoProperty;
typedef enum { QUVI_SUPPORTS_MODE_OFFLINE = 0, QUVI_SUPPORTS_MODE_ONLINE } QuviSupportsMode;
typedef enum { QUVI_SUPPORTS_TYPE_MEDIA = 1, QUVI_SUPPORTS_TYPE_PLAYLIST = 2, QUVI_SUPPORTS_TYPE_SUBTITLE = 4,
  QUVI_SUPPORTS_TYPE_ANY = 7 } QuviSupportsType;
typedef enum { QUVI_VERSION = 0, QUVI_VERSION_SCRIPTS = 1 } QuviVersion;
const char *quvi_version(QuviVersion);
quvi_t quvi_new(void);
void quvi_free(quvi_t);
QuviError quvi_errcode(quvi_t);
const char *quvi_errmsg(quvi_t);
QuviBoolean quvi_ok(quvi_t);
QuviError quvi_set(quvi_t, QuviOption, ...);
void quvi_get(quvi_t, QuviInfo, ...);
quvi_media_t quvi_media_new(quvi_t, const char *);
void quvi_media_free(quvi_media_t);
void quvi_media_get(quvi_media_t, QuviMediaProperty, ...);
QuviBoolean quvi_media_stream_next(quvi_media_t);
void quvi_media_stream_reset(quvi_media_t);
void quvi_media_stream_select(quvi_media_t, const char *);
QuviBoolean quvi_media_stream_choose_best(quvi_media_t);
quvi_http_metainfo_t quvi_http_metainfo_new(quvi_t, const char *);
void quvi_http_metainfo_free(quvi_http_metainfo_t);
void quvi_http_metainfo_get(quvi_http_metainfo_t, QuviHTTPMetaInfoProperty, ...);
QuviBoolean quvi_supports(quvi_t, const char *, QuviSupportsMode, QuviSupportsType);
#ifdef __cplusplus
}
#endif
#endif
