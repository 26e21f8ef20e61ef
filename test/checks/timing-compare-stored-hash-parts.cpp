// A stored hash kept with its salt ("hash:salt") is split, and the hash of
// the client's password with the salt compared with the hash part (the
// element of a split of a value named like a stored hash). A hash seen
// through a conversion of its text (`.toStdString()`) is still the hash. A password
// typed twice on the console into two strings of one name but a digit is
// its confirmation, not a login.
// RUN: %tidy %s -- -std=c++17 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <string>
class QString {
public:
  QString() = default;
  QString(const char *);
  QString trimmed() const;
  std::string toStdString() const;
  friend bool operator==(const QString &, const QString &);
  friend bool operator!=(const QString &, const QString &);
  friend QString operator+(const QString &, const QString &);
  class QStringList split(const QString &sep) const;
};
class QStringList {
public:
  int size() const;
  const QString &operator[](int i) const;
};
class QTextStream {
public:
  QString readLine();
};

QString sha2_512(const QString &text);

bool checkHashedPasswordSha2_512(const QString &password,
                                 const QString &hashedPassword) {
  QStringList hashedPasswordAndSalt = hashedPassword.split(":");
  if (hashedPasswordAndSalt.size() == 2)
    return sha2_512(password + hashedPasswordAndSalt[1]) ==
           hashedPasswordAndSalt[0];
  // CHECK: :[[@LINE-2]]:58: warning: the secret 'hashedPasswordAndSalt' is compared with '=='
  return false;
}

// mumble: the hash of the client's password, converted to a std::string,
// against the stored hash of a record looked up by the client's name.
struct PasswordData {
  std::string passwordHash, salt;
  int kdfIterations;
};
struct UserData {
  PasswordData password;
};
UserData lookupUser(const QString &name);
QString getLegacyPasswordHash(const QString &password);
bool authenticate(const QString &name, const QString &password) {
  UserData userData = lookupUser(name);
  return getLegacyPasswordHash(password).toStdString() ==
         userData.password.passwordHash;
  // CHECK: :[[@LINE-2]]:56: warning: the {{.*}} is compared with '=='
}

bool createUser(QTextStream &in) {
  QString password = in.readLine().trimmed();
  QString password2 = in.readLine().trimmed();
  if (password != password2)
    return false;
  return true;
}
