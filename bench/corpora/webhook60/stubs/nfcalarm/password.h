// Hand-written stand-in for lennartkaden/NFC-Alarm's src/password.h, which is git-ignored (the repository ships
// src/password.h.example with the same declaration).
#pragma once
extern const char *wifi_password;
