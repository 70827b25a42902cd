package vn.phoihop.border;

import org.springframework.data.jpa.repository.JpaRepository;

interface BorderSettingRepository extends JpaRepository<BorderSetting, Long> {

}
