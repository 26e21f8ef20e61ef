#include "async_client.h"
