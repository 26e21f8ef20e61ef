/* Hand-written stand-in for the linkage.c that the UW IMAP Makefile generates (#included inside main() of the
 * servers: registers the drivers and authenticators declared in linkage.h). */
  mail_link (&imapdriver);
  mail_link (&mixdriver);
  mail_link (&mxdriver);
  mail_link (&mbxdriver);
  mail_link (&unixdriver);
  mail_link (&dummydriver);
  auth_link (&auth_ext);
  auth_link (&auth_md5);
  auth_link (&auth_pla);
  auth_link (&auth_log);
