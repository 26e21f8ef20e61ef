/* Hand-written stand-in for the table that the Makefile generates from mime_types.txt (two entries). */
{ "html", 0, "text/html; charset=%s", 0 },
{ "txt", 0, "text/plain; charset=%s", 0 },
