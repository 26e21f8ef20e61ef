/* Hand-written stand-in for the linkage.h that the UW IMAP Makefile generates (declarations of the linked mail
 * drivers and authenticators; default set: drivers mbox mh mx mix mbx mmdf tenex mtx news phile unix dummy,
 * authenticators ext md5 pla log). */
extern DRIVER imapdriver;
extern DRIVER nntpdriver;
extern DRIVER pop3driver;
extern DRIVER mixdriver;
extern DRIVER mxdriver;
extern DRIVER mbxdriver;
extern DRIVER tenexdriver;
extern DRIVER mtxdriver;
extern DRIVER mhdriver;
extern DRIVER mmdfdriver;
extern DRIVER unixdriver;
extern DRIVER newsdriver;
extern DRIVER philedriver;
extern DRIVER dummydriver;
extern AUTHENTICATOR auth_ext;
extern AUTHENTICATOR auth_md5;
extern AUTHENTICATOR auth_pla;
extern AUTHENTICATOR auth_log;
