// Hand-written declaration-only stand-in for PaulStoffregen's TimeLib.h.
#pragma once
#include <time.h>
typedef enum { timeNotSet, timeNeedsSync, timeSet } timeStatus_t;
time_t now();
int hour();
int hour(time_t t);
int minute();
int minute(time_t t);
int second();
int second(time_t t);
int day();
int day(time_t t);
int weekday();
int weekday(time_t t);
int month();
int month(time_t t);
int year();
int year(time_t t);
void setTime(time_t t);
timeStatus_t timeStatus();
