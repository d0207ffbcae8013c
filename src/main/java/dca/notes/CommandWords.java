package dca.notes;

import java.util.Locale;
import java.util.Set;

/** Programs whose invocation in inline code makes a command card; other code is not a command. */
final class CommandWords {
    private static final Set<String> WORDS = Set.of(
            "docker", "docker-compose", "dockerd", "kubectl", "systemctl", "service", "journalctl", "curl", "wget",
            "sudo", "ctr", "runc", "containerd", "notary", "openssl", "helm", "minikube", "kubeadm", "iptables",
            "ip", "apt", "apt-get", "yum", "dnf", "zypper", "brew", "choco", "export", "cat", "ls", "mkdir",
            "chmod", "chown", "echo", "ssh", "scp", "git", "mount", "umount", "lsblk", "df", "ps", "kill",
            "nsenter", "unshare", "lvcreate", "pvcreate", "vgcreate", "dtr", "ucp", "swarm", "cosign", "trivy",
            "apt-cache", "dpkg", "rpm", "yum-config-manager", "dnf-config-manager", "update-alternatives", "newgrp",
            "usermod", "groupadd", "gpasswd", "id", "getent", "modprobe", "lsmod", "sysctl", "ufw", "firewall-cmd",
            "setenforce", "getenforce", "nc", "dig", "nslookup", "ping", "jq", "tee", "touch", "rm", "cp", "mv", "ln",
            "find", "grep", "tar", "base64", "uname", "pvs", "vgs", "lvs", "lvextend", "lvchange", "vgextend", "mkfs",
            "kubelet", "crictl", "etcdctl", "kind", "k3s", "docker-machine", "launchpad", "dockerd-rootless.sh",
            "powershell", "winget", "install-package", "install-module", "start-service", "restart-service",
            "get-service");

    private CommandWords() {}

    /** True when {@code code} (inline code without backticks) starts with a known program. */
    static boolean isCommand(String code) {
        String c = code.strip();
        if (c.startsWith("$ ") || c.startsWith("# ")) c = c.substring(2).strip();
        if (c.isEmpty()) return false;
        String first = Strings.firstWord(c).toLowerCase(Locale.ROOT);
        // "ExecStart=/usr/bin/dockerd -H …" sets a key of a unit file; it is not typed at a prompt.
        if (first.indexOf('=') > 0) {
            // "DOCKER_CONTENT_TRUST=1 docker pull …": variables set for the command that follows.
            String rest = c.substring(Strings.firstWord(c).length()).strip();
            return !rest.isEmpty() && !rest.equals(c) && isCommand(rest);
        }
        int slash = first.lastIndexOf('/');
        if (slash >= 0) first = first.substring(slash + 1);
        // A shell script or a program run from a path ("./install.sh", "dockerd-rootless-setuptool.sh") is a command too.
        return WORDS.contains(first) || first.endsWith(".sh") || c.startsWith("./");
    }
}
