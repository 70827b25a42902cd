package vn.phoihop.account;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import vn.phoihop.shared.security.Role;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

	@Query("select u from AppUser u where lower(u.username) = lower(:username)")
	Optional<AppUser> findByUsername(@Param("username") String username);

	@Query("""
			select u from AppUser u
			where (:role is null or u.role = :role)
			  and (cast(:q as String) is null or search_key(u.username) like concat('%', search_key(cast(:q as String)), '%')
			       or search_key(u.fullName) like concat('%', search_key(cast(:q as String)), '%'))
			""")
	Page<AppUser> search(@Param("q") String q, @Param("role") Role role, Pageable pageable);

	@Modifying
	@Query("update AppUser u set u.locale = :locale where lower(u.username) = lower(:username)")
	int updateLocale(@Param("username") String username, @Param("locale") String locale);

	@Modifying
	@Query("update AppUser u set u.lastLoginAt = current_timestamp where lower(u.username) = lower(:username)")
	int touchLogin(@Param("username") String username);

}
