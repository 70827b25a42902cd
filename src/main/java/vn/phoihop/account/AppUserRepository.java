package vn.phoihop.account;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import vn.phoihop.shared.security.Role;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

	// "lower(u.username) = :lower" with the lower-casing done here: a parameter inside a function's last argument
	// ("lower(:username)") keeps Hibernate from caching the query's plan (HqlFunctions)
	@Query("select u from AppUser u where lower(u.username) = :lower")
	Optional<AppUser> findByLowerUsername(@Param("lower") String lower);

	default Optional<AppUser> findByUsername(String username) {
		return findByLowerUsername(username.toLowerCase(Locale.ROOT));
	}

	@Query("select u from AppUser u where lower(u.email) = :lower")
	Optional<AppUser> findByLowerEmail(@Param("lower") String lower);

	/** The account whose confirmed address this is (addresses are unique whatever their case). */
	default Optional<AppUser> findByEmail(String email) {
		return findByLowerEmail(email.strip().toLowerCase(Locale.ROOT));
	}

	@Query("""
			select u from AppUser u
			where (:role is null or u.role = :role)
			  and (cast(:q as String) is null or search_key(u.username) like concat('%', search_key(cast(:q as String)), '%')
			       or search_key(u.fullName) like concat('%', search_key(cast(:q as String)), '%'))
			""")
	Page<AppUser> search(@Param("q") String q, @Param("role") Role role, Pageable pageable);

	List<AppUser> findByPostIdAndEnabledTrue(Long postId);

	@Modifying
	@Query("update AppUser u set u.locale = :locale where lower(u.username) = :lower")
	int updateLocaleOf(@Param("lower") String lowerUsername, @Param("locale") String locale);

	default int updateLocale(String username, String locale) {
		return updateLocaleOf(username.toLowerCase(Locale.ROOT), locale);
	}

	@Modifying
	@Query("update AppUser u set u.lastLoginAt = current_timestamp where lower(u.username) = :lower")
	int touchLoginOf(@Param("lower") String lowerUsername);

	default int touchLogin(String username) {
		return touchLoginOf(username.toLowerCase(Locale.ROOT));
	}

}
