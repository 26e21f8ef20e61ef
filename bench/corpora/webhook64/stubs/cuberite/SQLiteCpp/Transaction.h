// Hand-written declaration-only stand-in for SQLiteCpp's Transaction.h (submodule, not in the snapshot).
#pragma once
namespace SQLite
{
	class Database;
	class Transaction
	{
	public:
		explicit Transaction(Database & a_Database);
		~Transaction();
		void commit();
	};
}
