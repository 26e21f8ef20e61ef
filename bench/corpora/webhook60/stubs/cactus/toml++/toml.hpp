// Hand-written declaration-only stand-in for toml++ (toml.hpp): the table / node_view calls saturn-xiv/cactus makes
// (parse_file, operator[], as_table, value<T>). toml++ is an xmake package of the project, not packaged here.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace toml {
class table;

class node_view {
public:
    table *as_table() const noexcept;
    template <typename T>
    std::optional<T> value() const;
    node_view operator[](std::string_view key) const;
    explicit operator bool() const noexcept;
};

class table {
public:
    table();
    table(const table &);
    table(table &&) noexcept;
    table &operator=(const table &);
    ~table();
    node_view operator[](std::string_view key) const;
};

table parse_file(std::string_view path);
} // namespace toml
