#!/usr/bin/env python3
# compile_commands.json for /work/corpora/webhook117 (clang-19, Debian 12 libc headers; hand-written headers under
# stubs/, see README.md "Stubs").
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook117'
S = R + '/stubs'
TX = R + '/src/eclipse-threadx+threadx'
# NetX Duo (C, CMake): ThreadX headers from eclipse-threadx/threadx (Linux GNU port); the Linux GNU port of NetX Duo.
# TLS 1.3, PSK cipher suites and DTLS are switched on (off by default) so that the labelled compares are compiled;
# the HTTP server gets NX_HTTP_NO_FILEX (FileX declarations in stubs/netxduo/filex_stub.h) and NX_HTTP_DIGEST_ENABLE.
NX = ['-std=gnu99', '-I{r}/common/inc', '-I{r}/ports/linux/gnu/inc', '-I' + TX + '/common/inc',
      '-I' + TX + '/ports/linux/gnu/inc', '-I{r}/crypto_libraries/inc', '-I{r}/nx_secure/inc', '-I{r}/nx_secure/ports',
      '-DNX_SECURE_TLS_ENABLE_TLS_1_3', '-DNX_SECURE_ENABLE_PSK_CIPHERSUITES', '-DNX_SECURE_ENABLE_DTLS']
NXA = NX + ['-DNX_HTTP_NO_FILEX', '-DNX_HTTP_DIGEST_ENABLE', '-I' + S + '/netxduo', '-I{r}/addons/ppp',
            '-I{r}/addons/snmp', '-I{r}/addons/http', '-I{r}/addons/pppoe', '-I{r}/addons/websocket']
# BACnet Stack (C, CMake/Makefile; no generated headers)
BAC = ['-std=gnu11', '-I{r}/src']
# MicroPython (C): unix port configuration (standard variant) with MICROPY_PY_WEBREPL on; the generated genhdr/
# headers are stubs/micropython/genhdr (hand-written)
MPY = ['-std=gnu99', '-I' + S + '/micropython', '-I{r}', '-I{r}/ports/unix', '-I{r}/ports/unix/variants/standard',
       '-DMICROPY_PY_WEBREPL=1']
# Alibaba Cloud IoT C SDK (C, make): infra_config.h is the shipped (empty) one; features on the command line;
# alcs_client.c calls atoi and utils_hmac_sha1_base64 undeclared (C89 style), kept a warning
ALI = ['-std=gnu99', '-Wno-error=implicit-function-declaration', '-DPLATFORM_HAS_STDINT', '-DALCS_ENABLED', '-DALCS_SERVER_ENABLED', '-DALCS_CLIENT_ENABLED',
       '-DOTA_ENABLED', '-I{r}/src/infra', '-I{r}/wrappers', '-I{r}/src/dev_model', '-I{r}/src/dev_model/alcs',
       '-I{r}/src/dev_model/client', '-I{r}/src/dev_model/server', '-I{r}/src/coap', '-I{r}/src/coap/server',
       '-I{r}/src/coap/CoAPPacket', '-I{r}/src/mqtt', '-I{r}/src/ota']
# Tencent Cloud IoT Explorer C SDK (C, CMake): include/config.h is the shipped one (AUTH_MODE_KEY, DEV_DYN_REG_ENABLED)
QC = ['-std=gnu99', '-I{r}/include', '-I{r}/include/exports', '-I{r}/sdk_src/internal_inc',
      '-I{r}/external_libs/cJSON']
N = 'eclipse-threadx+netxduo'
B = 'bacnet-stack+bacnet-stack'
A = 'aliyun+iotkit-embedded'
Q = 'tencentyun+qcloud-iot-explorer-sdk-embedded-c'
E = [
 (N, 'addons/ppp/nx_ppp.c', NXA),
 (N, 'addons/snmp/nxd_snmp.c', NXA),
 (N, 'addons/http/nxd_http_server.c', NXA),
 (N, 'addons/pppoe/nx_pppoe_server.c', NXA),
 (N, 'addons/websocket/nx_websocket_client.c', NXA),
 (N, 'nx_secure/src/nx_secure_verify_mac.c', NX),
 (N, 'nx_secure/src/nx_secure_dtls_verify_mac.c', NX),
 (N, 'nx_secure/src/nx_secure_tls_process_finished.c', NX),
 (N, 'nx_secure/src/nx_secure_tls_process_clienthello_extensions.c', NX),
 (N, 'nx_secure/src/nx_secure_tls_psk_identity_find.c', NX),
 (N, 'nx_secure/src/nx_secure_tls_psk_find.c', NX),
 (N, 'nx_secure/src/nx_secure_tls_1_3_client_handshake.c', NX),
 (N, 'nx_secure/src/nx_secure_tls_process_serverhello.c', NX),
 (B, 'src/bacnet/basic/service/h_dcc.c', BAC),
 (B, 'src/bacnet/basic/object/device.c', BAC),
 (B, 'src/bacnet/basic/object/client/device-client.c', BAC),
 (B, 'src/bacnet/basic/server/bacnet_device.c', BAC),
 (B, 'src/bacnet/basic/service/h_youare.c', BAC),
 ('micropython+micropython', 'extmod/modwebrepl.c', MPY),
 (A, 'src/dev_model/alcs/alcs_server.c', ALI),
 (A, 'src/dev_model/alcs/alcs_client.c', ALI),
 (A, 'src/ota/iotx_ota.c', ALI),
 (Q, 'sdk_src/wifi_config/qcloud_wifi_config_device_bind.c', QC),
 (Q, 'sdk_src/services/data_template/data_template_client_manager.c', QC),
 (Q, 'sdk_src/services/asr/asr_client.c', QC),
]
write_compile_commands(R, E)
