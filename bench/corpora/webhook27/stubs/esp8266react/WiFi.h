// Hand-written declaration-only stand-in for the ESP32 Arduino core's WiFi.h: the WiFi object's station / scan calls.
#pragma once
#include <Arduino.h>
#include "IPAddress.h"
typedef enum {
    WIFI_AUTH_OPEN = 0, WIFI_AUTH_WEP, WIFI_AUTH_WPA_PSK, WIFI_AUTH_WPA2_PSK, WIFI_AUTH_WPA_WPA2_PSK,
    WIFI_AUTH_WPA2_ENTERPRISE, WIFI_AUTH_WPA3_PSK, WIFI_AUTH_WPA2_WPA3_PSK, WIFI_AUTH_MAX
} wifi_auth_mode_t;
typedef enum { WIFI_OFF = 0, WIFI_STA = 1, WIFI_AP = 2, WIFI_AP_STA = 3 } wifi_mode_t;
typedef wifi_mode_t WiFiMode_t;
typedef enum { ARDUINO_EVENT_WIFI_STA_CONNECTED = 4, ARDUINO_EVENT_WIFI_STA_GOT_IP = 7, ARDUINO_EVENT_WIFI_STA_DISCONNECTED = 5,
    SYSTEM_EVENT_STA_CONNECTED = 4, SYSTEM_EVENT_STA_GOT_IP = 7,
    SYSTEM_EVENT_STA_DISCONNECTED = 5 } arduino_event_id_t;
typedef arduino_event_id_t WiFiEvent_t;
typedef union { struct { uint8_t ssid[32]; uint8_t ssid_len; uint8_t bssid[6]; uint8_t reason; } wifi_sta_disconnected; }
    wifi_event_info_t;
typedef wifi_event_info_t WiFiEventInfo_t;
typedef std::function<void(WiFiEvent_t event, WiFiEventInfo_t info)> WiFiEventFuncCb;
typedef int wifi_event_id_t;
#include <functional>
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
    uint8_t *macAddress(uint8_t *mac);
    String SSID() const;
    String SSID(uint8_t networkItem);
    int8_t RSSI();
    int32_t RSSI(uint8_t networkItem);
    wifi_auth_mode_t encryptionType(uint8_t networkItem);
    int16_t scanNetworks(bool async = false, bool show_hidden = false);
    int16_t scanComplete();
    void scanDelete();
    String BSSIDstr(uint8_t networkItem);
    int32_t channel(uint8_t networkItem);
    int32_t channel();
    wifi_mode_t getMode();
    bool softAP(const char *ssid, const char *passphrase = nullptr, int channel = 1, int ssid_hidden = 0,
                int max_connection = 4);
    bool softAPConfig(IPAddress local_ip, IPAddress gateway, IPAddress subnet);
    bool softAPdisconnect(bool wifioff = false);
    uint8_t softAPgetStationNum();
    String softAPmacAddress();
    IPAddress gatewayIP();
    IPAddress subnetMask();
    IPAddress dnsIP(uint8_t dns_no = 0);
    String BSSIDstr();
    const char *getHostname();
    bool config(IPAddress local_ip, IPAddress gateway, IPAddress subnet, IPAddress dns1 = IPAddress(),
                IPAddress dns2 = IPAddress());
    bool setAutoReconnect(bool autoReconnect);
    bool persistent(bool persistent);
    wifi_event_id_t onEvent(WiFiEventFuncCb cbEvent, arduino_event_id_t event);
};
extern WiFiClass WiFi;

class WiFiClient : public Stream {
public:
    WiFiClient();
    int connect(IPAddress ip, uint16_t port);
    int connect(const char *host, uint16_t port);
    size_t write(uint8_t c) override;
    size_t write(const uint8_t *buf, size_t size) override;
    using Print::write;
    int available() override;
    int read() override;
    int peek() override;
    void flush();
    void stop();
    uint8_t connected();
    operator bool();
    IPAddress remoteIP();
    uint16_t remotePort();
};
