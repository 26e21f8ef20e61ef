/* Hand-written stand-in for ACE ace/OS_NS_arpa_inet.h (webhook73 corpus). */
#include <arpa/inet.h>
