/* Hand-written stand-in for the filex_stub.h that NetX Duo's nxd_http_server.h includes when NX_HTTP_NO_FILEX is
   defined (the header is not shipped; FileX is a separate repository). Declarations only: the FileX types and the
   seven services the HTTP server calls. */
#ifndef WH117_FILEX_STUB_H
#define WH117_FILEX_STUB_H

#define FX_NULL            0
#define FX_OPEN_FOR_READ   0
#define FX_OPEN_FOR_WRITE  1

typedef struct FX_MEDIA_STRUCT { ULONG fx_media_id; } FX_MEDIA;
typedef struct FX_FILE_STRUCT  { ULONG fx_file_id; } FX_FILE;

UINT fx_file_open(FX_MEDIA *media_ptr, FX_FILE *file_ptr, CHAR *file_name, UINT open_type);
UINT fx_file_close(FX_FILE *file_ptr);
UINT fx_file_create(FX_MEDIA *media_ptr, CHAR *file_name);
UINT fx_file_delete(FX_MEDIA *media_ptr, CHAR *file_name);
UINT fx_file_read(FX_FILE *file_ptr, VOID *buffer_ptr, ULONG request_size, ULONG *actual_size);
UINT fx_file_write(FX_FILE *file_ptr, VOID *buffer_ptr, ULONG size);
UINT fx_directory_information_get(FX_MEDIA *media_ptr, CHAR *directory_name, UINT *attributes, ULONG *size,
                                  UINT *year, UINT *month, UINT *day, UINT *hour, UINT *minute, UINT *second);

#endif
