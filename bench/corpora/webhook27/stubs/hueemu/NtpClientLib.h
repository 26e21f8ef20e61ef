// Hand-written declaration-only stand-in for gmag11's NtpClientLib.h.
#pragma once
#include <Arduino.h>
#include <TimeLib.h>
#define DEFAULT_NTP_SERVER "pool.ntp.org"
class NTPClient {
public:
    bool begin(String ntpServerName = DEFAULT_NTP_SERVER, int timeOffset = 0, bool daylight = false);
    bool stop();
    bool setInterval(int interval);
    String getTimeStr(time_t moment);
    String getTimeStr();
    String getDateStr(time_t moment);
    String getTimeDateString(time_t moment);
    String getTimeDateString();
    time_t getTime();
    time_t getLastNTPSync();
};
extern NTPClient NTP;
