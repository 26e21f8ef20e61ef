#!/usr/bin/env python3
# compile_commands.json for /work/corpora/webhook106 (clang-19, Debian 12 headers; hand-written headers under
# stubs/, see README.md "Stubs").
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook106'
S = R + '/stubs'
# Wakaama (LwM2M, C, CMake): core built as an LwM2M server (registration.c), the example bootstrap server with
# LWM2M_BOOTSTRAP_SERVER_MODE, as examples/*/CMakeLists.txt do.
WK = ['-std=gnu11', '-DLWM2M_LITTLE_ENDIAN', '-DLWM2M_COAP_DEFAULT_BLOCK_SIZE=1024', '-I{r}/include', '-I{r}/core',
      '-I{r}/coap', '-I{r}/examples/shared']
WKS = WK + ['-DLWM2M_SERVER_MODE']
WKB = WK + ['-DLWM2M_BOOTSTRAP_SERVER_MODE']
# HomeKit ADK (C, Makefile): Linux PAL, IP and BLE transports, release log level (Build/Makefile)
HAP = ['-std=gnu11', '-DHAP_ENABLE_DEVELOPMENT_ONLY_CODE=1', '-DHAP_LOG_LEVEL=1', '-DIP=1', '-DBLE=1', '-I{r}/HAP',
       '-I{r}/PAL', '-I{r}/PAL/Linux', '-I{r}/PAL/POSIX', '-I{r}/External/HTTP', '-I{r}/External/JSON',
       '-I{r}/External/Base64']
# libiec61850 (C, CMake): the shipped config/stack_config.h
IEC = ['-std=gnu11', '-I{r}/config', '-I{r}/hal/inc', '-I{r}/src/common/inc', '-I{r}/src/mms/inc',
       '-I{r}/src/mms/inc_private', '-I{r}/src/mms/iso_mms/asn1c', '-I{r}/src/iec61850/inc',
       '-I{r}/src/iec61850/inc_private', '-I{r}/src/goose', '-I{r}/src/sampled_values', '-I{r}/src/logging',
       '-I{r}/src/tls']
IECEX = IEC + ['-I{r}/examples/server_example_password_auth']
# Neuron (C, CMake, OpenSSL 3, jansson); jwt.h (libjwt >= 1.12 API) is stubs/neuron (hand-written)
NEU = ['-std=gnu11', '-I' + S + '/neuron', '-I{r}/include/neuron', '-I{r}/include', '-I{r}/src',
       '-I{r}/plugins/restful']
# esp-link (C for the ESP8266 NONOS SDK): parsed for a 32-bit target without the host libc; the SDK headers and a
# minimal libc are stubs/esp-link (hand-written)
EL = ['--target=i686-unknown-linux-gnu', '-nostdlibinc', '-std=gnu99', '-isystem', S + '/esp-link/libc',
      '-I' + S + '/esp-link/sdk', '-I{r}/include', '-I{r}/httpd', '-I{r}/esp-link', '-I{r}/serial', '-I{r}/espfs',
      '-I{r}/cmd']
# SUPLA server (C17 / C++17; flags of supla-server/Release/src/*/subdir.mk; MariaDB, cJSON, OpenSSL from Debian)
SUPD = ['-D__BCRYPT=1', '-DMQTTC_PAL_FILE=../src/mqtt/mqtt_pal.h', '-DUSE_OS_TZDB=1', '-D__SUPLA_SERVER=1',
        '-DSPROTO_WITHOUT_OUT_BUFFER', '-DSRPC_WITHOUT_OUT_QUEUE', '-DUSE_DEPRECATED_EMEV_V1',
        '-DUSE_DEPRECATED_EMEV_V2', '-D__OPENSSL_TOOLS=1', '-fsigned-char', '-I/usr/include/mariadb',
        '-I/usr/include/cjson', '-I{r}/supla-server/src/mqtt', '-I{r}/supla-server/src/client',
        '-I{r}/supla-server/src/user', '-I{r}/supla-server/src/device', '-I{r}/supla-server/src',
        '-I{r}/supla-common']
SUPC = ['-std=c17'] + SUPD
SUPX = ['-std=c++17'] + SUPD
# SUPLA device library (C++17), Linux port (SUPLA_LINUX); the suplet files with their opt-in feature switched on
SDEV = ['-std=c++17', '-DSUPLA_LINUX', '-I{r}/src']
SDEVS = SDEV + ['-DSUPLA_SUPLET_ENABLED=1']
W, H, I, N, E = ('eclipse+wakaama', 'apple+HomeKitADK', 'mz-automation+libiec61850', 'emqx+neuron',
                 'jeelabs+esp-link')
SC, SD = 'SUPLA+supla-core', 'SUPLA+supla-device'
E_ = [
 (W, 'core/registration.c', WKS),
 (W, 'examples/bootstrap_server/bootstrap_server.c', WKB),
 (H, 'HAP/HAPPairingPairSetup.c', HAP),
 (H, 'HAP/HAPPairingBLESessionCache.c', HAP),
 (H, 'PAL/HAPBase+Crypto.c', HAP),
 (H, 'HAP/HAPPairing.c', HAP),
 (H, 'HAP/HAPPairingPairings.c', HAP),
 (H, 'HAP/HAPIPAccessoryServer.c', HAP),
 (I, 'examples/server_example_password_auth/server_example_password_auth.c', IECEX),
 (I, 'src/mms/iso_acse/acse.c', IEC),
 (I, 'src/goose/goose_receiver.c', IEC),
 (I, 'src/sampled_values/sv_subscriber.c', IEC),
 (N, 'plugins/restful/user.c', NEU),
 (N, 'src/utils/neu_jwt.c', NEU),
 (N, 'plugins/restful/normal_handle.c', NEU),
 (E, 'httpd/auth.c', EL),
 (E, 'httpd/httpd.c', EL),
 (SC, 'supla-server/src/conn/authkey_cache.cpp', SUPX),
 (SC, 'supla-common/tools.c', SUPC),
 (SC, 'supla-common/proto.c', SUPC),
 (SC, 'supla-server/src/conn/abstract_connection_object.cpp', SUPX),
 (SC, 'supla-server/src/conn/call_handler/abstract_register_object.cpp', SUPX),
 (SC, 'supla-server/src/mqtt/mqtt_abstract_value_setter.cpp', SUPX),
 (SD, 'src/supla/storage/config.cpp', SDEV),
 (SD, 'src/supla/network/web_server.cpp', SDEV),
 (SD, 'src/supla/network/html/protocol_parameters.cpp', SDEV),
 (SD, 'src/supla/suplet/calcfg_handler.cpp', SDEVS),
 (SD, 'src/supla/suplet/definition_cache.cpp', SDEVS),
 (SD, 'src/supla/device/register_device.cpp', SDEV),
 (SD, 'src/supla/network/html/device_info.cpp', SDEV),
]
write_compile_commands(R, E_)
