// Hand-written declaration-only stand-in for SQLiteCpp's Database.h (lib/SQLiteCpp is a git submodule, not in
// the snapshot). Only what Cuberite's RankManager.h needs to parse.
#pragma once
#include <string>
namespace SQLite
{
	class Database
	{
	public:
		Database(const std::string & a_FileName, int a_Flags = 0, int a_BusyTimeoutMs = 0);
		~Database();
		int exec(const std::string & a_Queries);
	};
}
