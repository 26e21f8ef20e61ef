/* Hand-written forwarder: Debian 12 ships the MariaDB client header as <mariadb/mysql.h>. */
#pragma once
#include <mariadb/mysql.h>
