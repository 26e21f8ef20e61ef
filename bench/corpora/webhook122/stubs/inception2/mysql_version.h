/* Hand-written stand-in for the CMake-generated include/mysql_version.h (from include/mysql_version.h.in);
   inception2 is built on MySQL 5.6. */
#ifndef _mysql_version_h
#define _mysql_version_h
#define PROTOCOL_VERSION		10
#define MYSQL_SERVER_VERSION		"5.6.10-inception"
#define MYSQL_BASE_VERSION		"mysqld-5.6"
#define MYSQL_SERVER_SUFFIX_DEF		""
#define FRM_VER				6
#define MYSQL_VERSION_ID		50610
#define MYSQL_PORT			3306
#define MYSQL_PORT_DEFAULT		0
#define MYSQL_UNIX_ADDR			"/tmp/mysql.sock"
#define MYSQL_CONFIG_NAME		"my"
#define MYSQL_COMPILATION_COMMENT	"Source distribution"
#ifndef LICENSE
#define LICENSE				GPL
#endif
#endif
