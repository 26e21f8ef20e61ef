/* Hand-written stand-in for ACE ace/Default_Constants.h (webhook73 corpus): nothing vmangos uses here. */
#include "ace/Basic_Types.h"
