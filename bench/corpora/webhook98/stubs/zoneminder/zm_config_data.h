/* Hand-written stand-in for ZoneMinder's configure_file()d zm_config_data.h (webhook98 corpus). */
#ifndef ZM_CONFIG_DATA_H
#define ZM_CONFIG_DATA_H
#define ZM_CONFIG "/etc/zm/zm.conf"
#define ZM_CONFIG_SUBDIR "/etc/zm/conf.d"
#define ZM_VERSION "1.37"
#define ZM_FONTDIR "/usr/share/zoneminder/fonts"
#endif
