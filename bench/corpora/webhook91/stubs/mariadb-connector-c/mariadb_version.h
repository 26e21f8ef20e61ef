/* Hand-written stand-in for MariaDB Connector/C's generated mariadb_version.h. */
#ifndef _mariadb_version_h_
#define _mariadb_version_h_
#define PROTOCOL_VERSION 10
#define MARIADB_CLIENT_VERSION_STR "11.4.0"
#define MARIADB_BASE_VERSION "mariadb-11.4"
#define MARIADB_VERSION_ID 110400
#define MARIADB_PORT 3306
#define MARIADB_UNIX_ADDR "/run/mysqld/mysqld.sock"
#ifndef MYSQL_UNIX_ADDR
#define MYSQL_UNIX_ADDR MARIADB_UNIX_ADDR
#endif
#ifndef MYSQL_PORT
#define MYSQL_PORT MARIADB_PORT
#endif
#define MYSQL_CONFIG_NAME "my"
#define MYSQL_VERSION_ID 110400
#define MYSQL_SERVER_VERSION "11.4.0-MariaDB"
#define MARIADB_PACKAGE_VERSION "3.4.0"
#define MARIADB_PACKAGE_VERSION_ID 30400
#define MARIADB_SYSTEM_TYPE "Linux"
#define MARIADB_MACHINE_TYPE "x86_64"
#define MARIADB_PLUGINDIR "/usr/lib/mariadb/plugin"
#ifndef MYSQL_CHARSET
#define MYSQL_CHARSET "utf8mb4"
#endif
#define CC_SOURCE_REVISION ""
#endif
