# lit configuration for Faultline's suites: checks/ (the clang-tidy module),
# scanner/, real-headers/ (the system's library headers) and model/.
import os
import shutil
import lit.formats

config.name = "Faultline"
config.test_format = lit.formats.ShTest(execute_external=True)
config.suffixes = [".c", ".cpp", ".test"]
config.excludes = ["Inputs", "unit", "CMakeLists.txt", "lit.cfg.py", "lit.site.cfg.py"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.faultline_obj_root, "test")

v = config.llvm_version_major
tidy = os.path.join(config.llvm_tools_dir, "clang-tidy")
config.environment["PATH"] = os.pathsep.join(
    [config.llvm_tools_dir, os.path.dirname(config.faultline_tool), config.environment.get("PATH", "")])

inputs = os.path.join(config.test_source_root, "Inputs")
config.substitutions.append(("%inputs", inputs))
config.substitutions.append(("%plugin", config.faultline_plugin))
config.substitutions.append(("%faultline", config.faultline_tool))
config.substitutions.append(("%tidy_bin", tidy))  # before %tidy: a prefix
# clang-tidy with the module loaded; the caller adds the file and `--`.
config.substitutions.append(
    ("%tidy", "%s --load %s -checks='-*,integration-*' --quiet" % (tidy, config.faultline_plugin)))
config.substitutions.append(("%clangxx", os.path.join(config.llvm_tools_dir, "clang++")))
config.substitutions.append(("%clang", os.path.join(config.llvm_tools_dir, "clang")))
config.substitutions.append(("%python", shutil.which("python3") or "python3"))
config.substitutions.append(("%srcroot", config.faultline_src_root))

# Real-header tests need the Debian -dev packages the README installs.
def have(path):
    return os.path.exists(path)
for feature, path in [
    ("curl-headers", "/usr/include/x86_64-linux-gnu/curl/curl.h"),
    ("httplib-headers", "/usr/include/httplib.h"),
    ("grpc-headers", "/usr/include/grpcpp/grpcpp.h"),
    ("beast-headers", "/usr/include/boost/beast.hpp"),
    ("poco-headers", "/usr/include/Poco/Net/HTTPClientSession.h"),
    ("cpprest-headers", "/usr/include/cpprest/http_client.h"),
    ("qt-headers", "/usr/include/x86_64-linux-gnu/qt5/QtNetwork/QNetworkAccessManager"),
    ("hiredis-headers", "/usr/include/hiredis/hiredis.h"),
    ("libpq-headers", "/usr/include/postgresql/libpq-fe.h"),
    ("rdkafka-headers", "/usr/include/librdkafka/rdkafkacpp.h"),
    ("chromium", "/usr/bin/chromium"),
    ("openssl-headers", "/usr/include/openssl/hmac.h"),
    ("sodium-headers", "/usr/include/sodium.h"),
    ("nettle-headers", "/usr/include/nettle/pbkdf2.h"),
    ("argon2-headers", "/usr/include/argon2.h"),
    ("mhash-headers", "/usr/include/mhash.h"),
    ("ell-headers", "/usr/include/ell/checksum.h"),
    ("pistache-headers", "/usr/include/pistache/router.h"),
    ("asio-headers", "/usr/include/asio.hpp"),
    ("libevent-headers", "/usr/include/event2/http.h"),
    ("civetweb-headers", "/usr/include/CivetServer.h"),
    ("h2o-headers", "/usr/include/h2o.h"),
    ("microhttpd-headers", "/usr/include/microhttpd.h"),
    ("libuv-headers", "/usr/include/uv.h"),
    ("mosquitto-headers", "/usr/include/mosquitto.h"),
    ("paho-c-headers", "/usr/include/MQTTAsync.h"),
    ("paho-cpp-headers", "/usr/include/mqtt/async_client.h"),
    ("pqxx-headers", "/usr/include/pqxx/pqxx"),
    ("nlohmann-headers", "/usr/include/nlohmann/json.hpp"),
    ("wolfssl-headers", "/usr/include/wolfssl/wolfcrypt/hash.h"),
    ("glib-headers", "/usr/include/glib-2.0/glib.h"),
    ("orcania-headers", "/usr/include/orcania.h"),
    ("xdmcp-headers", "/usr/include/X11/Xdmcp.h"),
    ("pam-headers", "/usr/include/security/pam_appl.h"),
    ("gcrypt-headers", "/usr/include/gcrypt.h"),
]:
    if have(path):
        config.available_features.add(feature)
# The SARIF multitool is an npm package (package.json; the README's set-up
# runs `npm ci`). Its native binary is called directly: the npm wrapper passes
# arguments through a shell, which splits "Gh;Sarif".
multitool = os.path.join(config.faultline_src_root, "node_modules", "@microsoft",
                         "sarif-multitool-linux", "Sarif.Multitool")
if os.path.exists(multitool):
    config.available_features.add("sarif-multitool")
config.substitutions.append(("%sarif_multitool", multitool))
