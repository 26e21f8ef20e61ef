// Hand-written stand-in for MySQL++'s <mysql++/mysql++.h> (not installed): only the class that Ocelot's db.h holds
// as a member. Declarations only.
#ifndef WEBHOOK70_STUB_MYSQLPP_H
#define WEBHOOK70_STUB_MYSQLPP_H
namespace mysqlpp {
class Connection {
public:
	Connection();
	Connection(const char *db, const char *server, const char *user, const char *password, unsigned int port);
	bool connected() const;
};
}
#endif
