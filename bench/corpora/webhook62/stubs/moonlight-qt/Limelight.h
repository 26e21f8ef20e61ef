// Hand-written stand-in for moonlight-common-c's Limelight.h (not materialized): declares only the stream
// configuration type that app/backend/nvhttp.h names.
#pragma once
typedef struct _STREAM_CONFIGURATION STREAM_CONFIGURATION, *PSTREAM_CONFIGURATION;
