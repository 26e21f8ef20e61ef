// Hand-written declaration-only stand-in for the ESP32 Arduino core's WiFi.h: the WiFi object's station / scan calls.
#pragma once
#include <Arduino.h>
#include "IPAddress.h"
typedef enum {
    WIFI_AUTH_OPEN = 0, WIFI_AUTH_WEP, WIFI_AUTH_WPA_PSK, WIFI_AUTH_WPA2_PSK, WIFI_AUTH_WPA_WPA2_PSK,
    WIFI_AUTH_WPA2_ENTERPRISE, WIFI_AUTH_WPA3_PSK, WIFI_AUTH_WPA2_WPA3_PSK, WIFI_AUTH_MAX
} wifi_auth_mode_t;
typedef enum { WIFI_OFF = 0, WIFI_STA = 1, WIFI_AP = 2, WIFI_AP_STA = 3 } wifi_mode_t;
typedef enum { WL_IDLE_STATUS = 0, WL_NO_SSID_AVAIL = 1, WL_CONNECTED = 3, WL_CONNECT_FAILED = 4, WL_DISCONNECTED = 6 }
    wl_status_t;
class WiFiClass {
public:
    wl_status_t begin(const char *ssid, const char *passphrase = nullptr);
    wl_status_t status();
    bool mode(wifi_mode_t mode);
    bool disconnect(bool wifioff = false, bool eraseap = false);
    bool isConnected();
    bool setHostname(const char *hostname);
    IPAddress localIP();
    IPAddress softAPIP();
    String macAddress();
    String SSID() const;
    String SSID(uint8_t networkItem);
    int8_t RSSI();
    int32_t RSSI(uint8_t networkItem);
    wifi_auth_mode_t encryptionType(uint8_t networkItem);
    int16_t scanNetworks(bool async = false, bool show_hidden = false);
    int16_t scanComplete();
    void scanDelete();
};
extern WiFiClass WiFi;
