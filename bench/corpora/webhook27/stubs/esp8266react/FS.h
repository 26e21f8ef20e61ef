// Hand-written declaration-only stand-in for the ESP32 Arduino core's FS.h.
#pragma once
#include <Arduino.h>
namespace fs {
class File : public Stream {
public:
    size_t write(uint8_t c) override;
    using Print::write;
    int available() override;
    int read() override;
    int peek() override;
    size_t size() const;
    void close();
    const char *name() const;
    const char *path() const;
    bool isDirectory();
    File openNextFile();
    operator bool() const;
};
class FS {
public:
    File open(const char *path, const char *mode = "r");
    File open(const String &path, const char *mode = "r");
    bool exists(const char *path);
    bool exists(const String &path);
    bool remove(const char *path);
    bool remove(const String &path);
    bool mkdir(const char *path);
    bool mkdir(const String &path);
    bool rmdir(const char *path);
    bool rename(const char *pathFrom, const char *pathTo);
};
} // namespace fs
using fs::File;
using fs::FS;
