// Hand-written declaration-only stand-in for p-ranav/argparse (argparse.hpp): the ArgumentParser / Argument calls
// saturn-xiv/cactus makes. argparse is an xmake package of the project, not packaged here.
#pragma once
#include <sstream>
#include <string>
#include <string_view>

namespace argparse {
enum class default_arguments : unsigned int { none = 0, help = 1, version = 2, all = 3 };

class Argument {
public:
    Argument &help(std::string help_text);
    Argument &flag();
    Argument &required();
    template <typename T>
    Argument &default_value(T &&value);
    template <char Shape, typename T>
    Argument &scan();
};

class ArgumentParser {
public:
    explicit ArgumentParser(std::string program_name = {}, std::string version = "1.0",
                            default_arguments add_args = default_arguments::all);
    template <typename... Targs>
    Argument &add_argument(Targs... names);
    ArgumentParser &add_description(std::string description);
    ArgumentParser &add_epilog(std::string epilog);
    void add_subparser(ArgumentParser &parser);
    void parse_args(int argc, const char *const argv[]);
    template <typename T = std::string>
    T get(std::string_view arg_name) const;
    bool is_subcommand_used(const ArgumentParser &subparser) const;
    std::stringstream help() const;
};
} // namespace argparse
