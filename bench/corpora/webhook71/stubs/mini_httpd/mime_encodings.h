/* Hand-written stand-in for the table that the Makefile generates from mime_encodings.txt (one entry). */
{ "gz", 0, "gzip", 0 },
