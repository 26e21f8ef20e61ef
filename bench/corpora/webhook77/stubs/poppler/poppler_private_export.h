/* Hand-written stand-in for the export header CMake's GenerateExportHeader writes for poppler. */
#ifndef WEBHOOK77_POPPLER_PRIVATE_EXPORT_H
#define WEBHOOK77_POPPLER_PRIVATE_EXPORT_H
#define POPPLER_PRIVATE_EXPORT __attribute__((visibility("default")))
#define POPPLER_PRIVATE_NO_EXPORT __attribute__((visibility("hidden")))
#endif
